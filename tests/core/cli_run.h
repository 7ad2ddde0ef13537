// cli_run.h — runs the built `wiretrace` CLI from a test and captures what it prints, for the
// tests that check the command line as a user meets it (cli_test.cpp, passim_test.cpp).
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace wiretrace_test {

struct CliRun {
    int status = -1;
    std::string output; // stdout and stderr together
};

// Runs a shell command line; returns what it wrote to standard output and its exit code (-1
// when it could not be started or did not exit normally).
inline CliRun run_command(const std::string& command) {
    CliRun r;
    FILE* p = popen(command.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
    int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

// `args` are appended to the CLI path as a shell command line; its standard output and error
// are both collected.
inline CliRun run_cli(const std::string& args) {
    return run_command(std::string(WIRETRACE_CLI_PATH) + " " + args + " 2>&1");
}

} // namespace wiretrace_test
