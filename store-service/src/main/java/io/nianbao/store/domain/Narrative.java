package io.nianbao.store.domain;

import java.util.List;

/** Which text of a report is its narrative for COPIED_TEXT. */
public final class Narrative {
    private Narrative() {
    }

    /** A section as the narrative sees it. */
    public record Part(int number, String text) {
    }

    /**
     * On the 2019/2021 templates sections 二, 三 and 四 are the standard tables, whose labels are the same in every
     * report: the narrative is sections 一, 五 and 六. On the 2008 template (free narrative) every section counts.
     * Without sections, the whole text counts. The result is {@link TextSimilarity#normalize normalized}.
     */
    public static String of(String template, List<Part> sections, String fullText) {
        boolean tables = "2021".equals(template) || "2019".equals(template);
        StringBuilder sb = new StringBuilder();
        if (sections != null) {
            for (Part p : sections) {
                if (tables && p.number() >= 2 && p.number() <= 4) {
                    continue;
                }
                if (p.text() != null) {
                    sb.append(p.text()).append('\n');
                }
            }
        }
        if (sb.isEmpty() && (sections == null || sections.isEmpty()) && fullText != null) {
            sb.append(fullText);
        }
        return TextSimilarity.normalize(sb.toString());
    }
}
