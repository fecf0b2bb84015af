package io.nianbao.parse.extract;

import org.apache.tika.parser.html.DefaultHtmlMapper;

import java.util.Locale;
import java.util.Set;

/**
 * Tika's default HTML mapping drops {@code div}, {@code br} and {@code caption} (their text is kept but the
 * boundary is lost, so two divs run into one line) and keeps {@code colspan}/{@code rowspan}. This mapper keeps
 * the block boundaries that make lines.
 */
final class StructureHtmlMapper extends DefaultHtmlMapper {
    static final StructureHtmlMapper INSTANCE = new StructureHtmlMapper();

    private static final Set<String> EXTRA_BLOCKS = Set.of("div", "br", "caption", "section", "article", "header",
            "footer", "nav", "aside", "main", "center", "hr", "figure", "figcaption", "form", "fieldset");

    @Override
    public String mapSafeElement(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (EXTRA_BLOCKS.contains(lower)) {
            return lower;
        }
        return super.mapSafeElement(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        String e = elementName.toLowerCase(Locale.ROOT);
        String a = attributeName.toLowerCase(Locale.ROOT);
        if ((e.equals("td") || e.equals("th")) && (a.equals("colspan") || a.equals("rowspan"))) {
            return a;
        }
        return super.mapSafeAttribute(elementName, attributeName);
    }
}
