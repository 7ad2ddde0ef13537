"""Link Grammar as a reader of attribution, measured against the engine (scripts/measure-link-grammar).

Written by hand because it is a one-off measurement: it walks the parser's links (S*, SI*, J after
"according to") to the subject of a reporting verb and extends it along name and modifier links.
"""
import glob, json, os, random, re, sys, time

import linkgrammar as lg

REPORTING = re.compile(r'\b(said|says|told|according to|announced|confirmed|denied|reported|added|'
                       r'stated|estimated|warned|insisted|claimed|revealed)\b')
VERBS = {'say', 'said', 'says', 'tell', 'told', 'tells', 'announced', 'confirmed', 'denied',
         'reported', 'added', 'stated', 'estimated', 'warned', 'insisted', 'claimed', 'revealed'}


def base(word):
    return re.sub(r'\.[a-z0-9\-\*]+$', '', re.sub(r'\[.*?\]', '', word)).lower()


def sentence_around(text, b, e):
    """The sentence holding bytes [b, e) of the article: from the last '. ' or line break before
    it to the first sentence end or line break after it."""
    start = max(text.rfind('. ', 0, b), text.rfind('\n', 0, b))
    start = 0 if start < 0 else start + 1
    end = len(text)
    m = re.search(r'[.!?]["”’]?(?=\s|$)', text[e - 1:])
    if m:
        end = e - 1 + m.end()
    nl = text.find('\n', e)
    if nl >= 0:
        end = min(end, nl)
    return text[start:end].strip()


def main(folder, fraction):
    dictionary = lg.Dictionary('en')
    options = lg.ParseOptions(verbosity=0, linkage_limit=5, max_parse_time=2, short_length=16,
                              min_null_count=0, max_null_count=8)
    C = lg.Clinkgrammar
    random.seed(3)
    rows, times, seen = [], [], set()
    for path in sorted(glob.glob(os.path.join(folder, '*.json'))):
        a = json.load(open(path))
        texts = {x['id']: x['text'] for x in a['articles']}
        for claim in a['claims']:
            for m in claim['mentions']:
                text = texts[m['article']].encode()
                b, e = m['span']
                sent = sentence_around(text.decode('utf-8', 'replace'),
                                       len(text[:b].decode('utf-8', 'replace')),
                                       len(text[:e].decode('utf-8', 'replace')))
                key = (path, m['article'], sent)
                if key in seen or not REPORTING.search(sent) or random.random() > fraction:
                    continue
                seen.add(key)
                t0 = time.perf_counter()
                try:
                    lk = next(iter(lg.Sentence(sent, dictionary, options).parse()), None)
                except Exception:  # the parser's timer ran out
                    lk = None
                times.append(time.perf_counter() - t0)
                names = None
                if lk is not None:
                    words = [lk.word(i) for i in range(lk.num_of_words())]
                    links = [(C.linkage_get_link_lword(lk._obj, i), C.linkage_get_link_rword(lk._obj, i),
                              C.linkage_get_link_label(lk._obj, i)) for i in range(lk.num_of_links())]
                    heads = []
                    for l, r, label in links:
                        if label.startswith('S') and not label.startswith('SI') and base(words[r]) in VERBS:
                            heads.append(l)
                        elif label.startswith('SI') and base(words[l]) in VERBS:
                            heads.append(r)
                        elif base(words[l]) in ('according_to', 'according') and label.startswith('J'):
                            heads.append(r)
                    names = []
                    for h in heads:
                        span, grew = {h}, True
                        while grew:
                            grew = False
                            for l, r, label in links:
                                if r in span and l not in span and label[:2] in ('G', 'GN', 'AN', 'A', 'YS', 'YP'):
                                    span.add(l)
                                    grew = True
                        names.append(' '.join(base(words[i]) for i in sorted(span)))
                rows.append((m.get('source'), names, sent))

    def agree(engine, names):
        if not names:
            return engine is None
        return engine is not None and any(
            w in engine.lower() for n in names for w in n.split() if len(w) > 2 and w != 'the')

    times.sort()
    print(f'sentences parsed: {len(rows)} (a {fraction:.0%} sample of those with a reporting word)')
    print(f'no linkage within 2 s and 8 null words: {sum(1 for r in rows if r[1] is None)}')
    print(f'parse time per sentence: median {times[len(times) // 2] * 1000:.0f} ms, '
          f'p90 {times[int(len(times) * 0.9)] * 1000:.0f} ms, max {times[-1]:.1f} s, total {sum(times):.0f} s')
    n = sum(agree(e, names) for e, names, _ in rows)
    print(f'subject of the reporting verb agrees with the engine source: {n}/{len(rows)} ({n / len(rows):.2f})')


if __name__ == '__main__':
    main(sys.argv[1], float(sys.argv[2]))
