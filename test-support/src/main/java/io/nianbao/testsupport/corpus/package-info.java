/**
 * The synthetic report corpus: consistent 政府信息公开工作年度报告 in every template and layout, for
 * parse-service accuracy tests and validate-service mutation tests.
 *
 * <pre>{@code
 * ReportGenerator gen = new ReportGenerator(42);
 * GeneratedReport rep = gen.generate("2021", 2022);      // or gen.generate() / gen.generate(100)
 * ReportRecord truth = rep.expected();                    // tables, figures (spans into rep.text()), meta
 * RenderedDocument doc = new Renderer(42).render(rep, Layout.HTML_GBK);
 * Mutation m = new Mutator(7).mutate(rep);                // one injected inconsistency
 * m.kind(); m.record(); m.brokenRules();                  // TABLE_CELL | TEXT_FIGURE, mutated copy, rule ids
 * }</pre>
 *
 * Everything is deterministic for given seeds. {@link io.nianbao.testsupport.corpus.Identities} is the
 * oracle of the in-report identities (which rule ids a record violates); a generated report violates none.
 * The PDF layout needs Debian's {@code fonts-wqy-microhei} (else IllegalStateException).
 */
package io.nianbao.testsupport.corpus;
