package io.nianbao.parse.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {
    private final TextNormalizer n = new TextNormalizer();

    @Test
    void removesPinyinAfterCharactersAndConvertsTraditional() {
        assertThat(n.normalize("的(de)地(di)行(xíng)绿(lǜ)").text()).isEqualTo("的地行绿");
        var r = n.normalize("索??引??號(hào): 123 生成日期: 2017-01-06\n靖遠(yuǎn)縣人力資源和社會(huì)保障局關(guān)於政府信息公開");
        assertThat(r.text()).contains("索引号:").contains("靖远县人力资源和社会保障局").doesNotContain("(").doesNotContain("?");
        assertThat(r.repairs()).anyMatch(s -> s.contains("pinyin")).anyMatch(s -> s.contains("Traditional"));
    }

    @Test
    void keepsBracketsThatAreNotPinyin() {
        var r = n.normalize("附件(pdf)见第二十条第(一)项,编号(A1),政务(app),文件(ppt),网站(web)");
        assertThat(r.text()).isEqualTo("附件(pdf)见第二十条第(一)项,编号(A1),政务(app),文件(ppt),网站(web)");
        assertThat(r.repairs()).isEmpty();
    }

    @Test
    void simplifiedTextIsNotConverted() {
        String s = "本年度我局主动公开政府信息400条,著作权登记信息5条。";
        var r = n.normalize(s);
        assertThat(r.text()).isEqualTo(s);
        assertThat(r.repairs()).isEmpty();
    }

    @Test
    void unifiesFullWidthFormsAndSpaces() {
        var r = n.normalize("（一）收到申请１２件：其中\u00a0自然人３件\n\u00a0\n2021 年工作");
        assertThat(r.text()).isEqualTo("(一)收到申请12件:其中自然人3件\n \n2021年工作");
    }

    @Test
    void removesThousandsSeparatorsOnly() {
        assertThat(n.normalize("共1,234条,第2,3项,1,2345").text()).isEqualTo("共1234条,第2,3项,1,2345");
    }

    @Test
    void keepsTabsThatSeparateCells() {
        var r = n.normalize("\t行政许可\t 0\t12 ");
        assertThat(r.text()).isEqualTo("\t行政许可\t 0\t12");
    }

    @Test
    void splitsTextGluedOntoOneLineBeforeHeadings() {
        String body = "我局认真贯彻落实条例,推进政府信息公开工作,".repeat(12);
        var r = n.normalize("一、概述 " + body + " 二、主动公开政府信息情况 (一)主动公开信息。" + body
                + " (二)依申请公开。" + body + " 三、依申请公开情况 本年度未收到申请。");
        String[] lines = r.text().split("\n");
        assertThat(lines).contains("一、概述", "二、主动公开政府信息情况", "三、依申请公开情况");
        assertThat(lines).anyMatch(l -> l.startsWith("(一)主动公开信息")).anyMatch(l -> l.startsWith("(二)依申请公开"));
        assertThat(r.repairs()).anyMatch(s -> s.contains("one line"));
    }

    @Test
    void nullAndEmptyAreHarmless() {
        assertThat(n.normalize(null).text()).isEmpty();
        assertThat(n.normalize("").text()).isEmpty();
    }

    @Test
    void paragraphsHardWrappedAtOneWidthAreJoinedAndOneLineParagraphsAreNot() {
        String para = "美兰区人民政府进一步规范依申请公开办理流程，做到依法依规、按时答复。2021年，美兰区人民政府收到各类政府信息公开申请94件，"
                + "已全部依法依规办结。未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。本机关认真落实条例要求，持续推进政务公开标准化规范化建设。";
        StringBuilder wrapped = new StringBuilder("（二）依申请公开情况\n");
        String twice = para + para; // a page of two paragraphs' worth of lines: enough to tell the width
        for (int i = 0; i < twice.length(); i += 28) {
            wrapped.append(twice, i, Math.min(twice.length(), i + 28)).append('\n');
        }
        wrapped.append("（三）政府信息管理情况\n").append("自然人\t总计\n").append("1\t1\n");
        String out = n.normalize(wrapped.toString()).text();
        assertThat(out).contains("收到各类政府信息公开申请94件");
        assertThat(out).contains("\n(三)政府信息管理情况\n自然人\t总计\n1\t1"); // headings and table rows stay lines
        // the same sentences, one paragraph per line (as HTML gives them): nothing joined
        String oneLine = "（二）依申请公开情况\n" + para + "\n" + para + "\n（三）政府信息管理情况";
        assertThat(n.normalize(oneLine).text().split("\n")).hasSize(4);
    }

    /**
     * The Traditional-only set shipped as a resource is what opencc4j's dictionaries say. After an opencc4j upgrade
     * write it again: {@code ./mvnw -pl parse-service -am test -Dtest=TextNormalizerTest -Dsurefire.failIfNoSpecifiedTests=false
     * -Dnianbao.write-traditional-only=true}.
     */
    @Test
    void theTraditionalOnlyResourceIsWhatTheDictionariesSay() throws Exception {
        java.util.BitSet computed = TextNormalizer.TraditionalOnly.compute();
        if (Boolean.getBoolean("nianbao.write-traditional-only")) {
            java.nio.file.Files.write(java.nio.file.Path.of("src/main/resources/io/nianbao/parse/domain",
                    TextNormalizer.TraditionalOnly.RESOURCE), computed.toByteArray());
        }
        assertThat(TextNormalizer.TraditionalOnly.SET).isEqualTo(computed);
        // a few that every reader of both scripts knows
        assertThat(TextNormalizer.TraditionalOnly.SET.get('號')).isTrue();
        assertThat(TextNormalizer.TraditionalOnly.SET.get('國')).isTrue();
        assertThat(TextNormalizer.TraditionalOnly.SET.get('号')).isFalse();
        assertThat(TextNormalizer.TraditionalOnly.SET.get('公')).isFalse();
    }
}
