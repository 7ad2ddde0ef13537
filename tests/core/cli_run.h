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

// `args` are appended to the CLI path as a shell command line; status is the exit code, -1 when
// the CLI could not be started or did not exit normally.
inline CliRun run_cli(const std::string& args) {
    CliRun r;
    std::string cmd = std::string(WIRETRACE_CLI_PATH) + " " + args + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
    int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}

} // namespace wiretrace_test
