/** Help texts of the `plaudit` command, kept together so that `--help` and errors agree. */
export const USAGE = `plaudit: who said what, and who praises or criticises whom, in political news

Usage:
  plaudit analyze FILE|- [--format table|json|jsonl|dot|graphml|html|csv] [--date D] [--id ID]
                          [--max-length N] [--csv-layout edges|matrix]
  plaudit analyze --jsonl [FILE|-] [--concurrency N]
  plaudit graph FILES|DIRS|-... [--format table|dot|graphml|mermaid|csv|json|html]
                          [--svg OUT.svg] [--heatmap OUT.svg] [--max-nodes N] [--min-stances N]
                          [--csv-layout edges|matrix]
  plaudit eval DIR [--format table|json] [--details]
  plaudit --help | --version

Commands:
  analyze   Analyse one article (a text file, or - for stdin) and print the utterances and
            stances. With --jsonl, read one {"id", "text", "date"?} object per line and write
            one Analysis JSON per line, in input order.
  graph     Analyse several articles and print the praise graph: who praises or criticises
            whom, pooled over all of them, and who gives whom more net praise: index =
            (net a->b - net b->a) / (praise + criticism both ways), net = praise - criticism,
            with a bootstrap interval; a verdict only where the interval excludes 0. A directory stands for its *.txt files; a .jsonl
            file or - (stdin) holds JSON lines: articles as for analyze --jsonl, or analyses
            it wrote, which are used as they are.
  eval      Score the analysis against a folder of gold-annotated articles (NAME.json with
            NAME.txt, the format of corpus/README.md) and print the scores per article.

Options:
  -f, --format F        output format (default: table)
  --date D              publication date, ISO 8601 (2024-02-20): resolves "the president"
  --id ID               article id, copied into the analysis
  --jsonl               analyze: JSON lines in, JSON lines out
  --concurrency N       worker threads for many articles (default: see analyzeMany; 1 =
                        in this thread, which is the default on 2 cores or few articles)
  --max-length N        analyze, graph: longest accepted text in characters (UTF-16 code
                        units; default 5000000)
  --svg FILE            graph: also write the graph as an SVG picture to FILE
  --heatmap FILE        graph: also write the praise matrix as an SVG heat map to FILE
  --max-nodes N         graph: the pictures (--svg, --heatmap, -f html) keep the N entities
                        with most stances (default 40 in the graph, 30 in the heat map)
  --min-stances N       graph: the pictures leave out entities with fewer stances (default 1)
  --csv-layout L        with -f csv: edges (default: one row per relation with its counts,
                        tone and evidence ids) or matrix (a row per source, a column per target)
  --details             eval: also list the missed and spurious utterances
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 done, 1 failed (unreadable file, invalid gold file …), 2 wrong usage.
`;
