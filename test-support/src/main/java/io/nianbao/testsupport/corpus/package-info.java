/**
 * The synthetic report corpus: 政府信息公开工作年度报告 in every template and layout, for parse-service accuracy
 * tests and validate-service mutation tests.
 *
 * <pre>{@code
 * ReportGenerator gen = new ReportGenerator(42);         // realistic (default) | .clean() | .withPublishedInconsistencies(0.1)
 * GeneratedReport rep = gen.generate("2021", 2022);      // or gen.generate() / gen.generate(100)
 * ReportRecord truth = rep.expected();                    // tables as printed (null = blank), figures, meta
 * rep.irregularities(); rep.expectedFindings();           // what of real reports it carries; rule ids it breaks
 * RenderedDocument doc = new Renderer(42).render(rep, Layout.CRAWLED_ONE_LINE);
 * Mutation m = new Mutator(7).mutate(rep);                // one injected inconsistency
 * m.kind(); m.record(); m.brokenRules();                  // TABLE_CELL | TEXT_FIGURE, mutated copy, rule ids
 * }</pre>
 *
 * <h2>Where the damage comes from</h2>
 * From real documents (../shared/samples, ../shared/corpus), not from what the parser expects:
 * <ul>
 * <li>truth ({@link io.nianbao.testsupport.corpus.Irregularity}, shares there): the five 法人或其他组织 columns
 * blank (沭阳县 2023), a 2021 report printing （六）其他处理 as one row (2019 layout), negative 本年增/减 (2019
 * template); on request, published inconsistencies (总计 row printed as 0, blank 总计 column, outcomes above
 * 总计), the truth keeping the printed numbers;</li>
 * <li>narrative: 60% of application statements and 50% of review statements worded as real reports word them
 * (2022年，共收到政府信息公开申请3条; 全年共受理…申请N件，答复M件（含上年度结转申请K件）; 共收到依申请信息公开N件;
 * 政府信息公开行政复议N件（维持…）; 未有政府信息公开行政复议及行政诉讼有关情况), and 35% with an unrelated count
 * next to them (网络问政, 12345 热线工单, 网民留言);</li>
 * <li>layouts: {@link io.nianbao.testsupport.corpus.Layout#CRAWLED_ONE_LINE} (平潭 archive, samples),
 * {@link io.nianbao.testsupport.corpus.Layout#PDF_TEXT_DETACHED} (pdftotext of 淮安市 2024),
 * {@link io.nianbao.testsupport.corpus.Layout#HTML_WORD_EXPORT} (沭阳县 2023),
 * {@link io.nianbao.testsupport.corpus.Layout#MARKDOWN_FROM_PDF} (a PDF converted to Markdown, issue 9's 1% form);
 * half of the documents of these four layouts print a quarter of the labels that have real variants in those variants (其他法律行政止公开,
 * 属于 dropped, 三安全一稳定 without quotes, 规范性文件); the crawled page puts 元/万元 in amount cells and + on
 * positive 本年增/减 in half of its documents.</li>
 * </ul>
 * Series ({@code generateSeries}) stay regular, so data/series does not change. Row labels, numbering, group
 * headings and column labels come from the template model ({@code io.nianbao.template.Rows}).
 *
 * <p>Everything is deterministic for given seeds (the irregularities and the real wordings draw from their own random, so
 * that a seed's tables are the same with and without them, before the irregularities are applied). {@link io.nianbao.testsupport.corpus.Identities} is the oracle
 * of the in-report identities (which rule ids a record violates); a default report violates none. The PDF layout
 * needs Debian's {@code fonts-wqy-microhei} (else IllegalStateException).
 */
package io.nianbao.testsupport.corpus;
