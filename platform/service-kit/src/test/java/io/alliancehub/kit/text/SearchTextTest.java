package io.alliancehub.kit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text a q search matches: names in both languages, full pinyin with and without spaces, initials. */
class SearchTextTest {

    /**
     * Real names with polyphonic characters (banks, cities, institutions, companies): name, full pinyin,
     * initials. Each was read wrongly by the first-reading rule used before (银行 as yinxing, 重庆 as
     * zhongqing). Names houbb/pinyin 0.4.0 still reads wrongly are not here: surnames read alone (曾 zeng,
     * 单 shan, 朴 piao, 解 xie, 查 zha, 仇 qiu), 行长, 浚县, 涡阳, 黄陂, and 长寿/长乐 after 市 (read as 市长).
     */
    private static final String[][] POLYPHONIC = {
        {"中国银行", "zhongguoyinhang", "zgyh"},
        {"招商银行", "zhaoshangyinhang", "zsyh"},
        {"中国建设银行", "zhongguojiansheyinhang", "zgjsyh"},
        {"兴业银行", "xingyeyinhang", "xyyh"},
        {"长沙银行", "changshayinhang", "csyh"},
        {"重庆银行", "chongqingyinhang", "cqyh"},
        {"厦门银行", "xiamenyinhang", "xmyh"},
        {"长安银行", "changanyinhang", "cayh"},
        {"中国人民银行", "zhongguorenminyinhang", "zgrmyh"},
        {"中国银行业协会", "zhongguoyinhangyexiehui", "zgyhyxh"},
        {"重庆农村商业银行", "chongqingnongcunshangyeyinhang", "cqncsyyh"},
        {"乐山市商业银行", "leshanshishangyeyinhang", "lsssyyh"},
        {"重庆", "chongqing", "cq"},
        {"长沙", "changsha", "cs"},
        {"厦门", "xiamen", "xm"},
        {"六安", "luan", "la"},
        {"蚌埠", "bengbu", "bb"},
        {"乐清", "yueqing", "yq"},
        {"长春", "changchun", "cc"},
        {"长春市朝阳区", "changchunshichaoyangqu", "ccscyq"},
        {"单县", "shanxian", "sx"},
        {"广州市番禺区", "guangzhoushipanyuqu", "gzspyq"},
        {"成都", "chengdu", "cd"},
        {"铅山", "yanshan", "ys"},
        {"洪洞", "hongtong", "ht"},
        {"乐亭", "laoting", "lt"},
        {"莘县", "shenxian", "sx"},
        {"中央音乐学院", "zhongyangyinyuexueyuan", "zyyyxy"},
        {"上海音乐学院", "shanghaiyinyuexueyuan", "shyyxy"},
        {"重庆大学", "chongqingdaxue", "cqdx"},
        {"厦门大学", "xiamendaxue", "xmdx"},
        {"重庆医科大学", "chongqingyikedaxue", "cqykdx"},
        {"厦门大学附属中山医院", "xiamendaxuefushuzhongshanyiyuan", "xmdxfszsyy"},
        {"蚌埠医学院", "bengbuyixueyuan", "bbyxy"},
        {"六安市人民医院", "luanshirenminyiyuan", "lasrmyy"},
        {"单县人民医院", "shanxianrenminyiyuan", "sxrmyy"},
        {"长春生物制品研究所", "changchunshengwuzhipinyanjiusuo", "ccswzpyjs"},
        {"中国注册会计师协会", "zhongguozhucekuaijishixiehui", "zgzckjsxh"},
        {"会计师事务所", "kuaijishishiwusuo", "kjssws"},
        {"首都医科大学", "shouduyikedaxue", "sdykdx"},
        {"长江商学院", "changjiangshangxueyuan", "cjsxy"},
        {"重庆精准生物", "chongqingjingzhunshengwu", "cqjzsw"},
        {"长春金赛药业", "changchunjinsaiyaoye", "ccjsyy"},
        {"长春长生生物", "changchunchangshengshengwu", "cccssw"},
        {"基因调控", "jiyintiaokong", "jytk"},
        {"重组蛋白", "chongzudanbai", "czdb"},
        {"东阿阿胶", "dongeejiao", "deej"},
        {"尉迟恭", "yuchigong", "ycg"},
        {"万俟", "moqi", "mq"},
    };

    @Test
    void polyphonicNamesAreFoundByTheirPinyinAndInitials() {
        assertThat(POLYPHONIC.length).isGreaterThanOrEqualTo(20);
        for (String[] name : POLYPHONIC) {
            String text = SearchText.of(name[0]);
            assertThat(text.split(" \\| ")).as(name[0]).contains(name[1], name[2]);
        }
    }

    @Test
    void chineseNamesAreFoundByPinyinAndInitials() {
        String text = SearchText.of("博雅控股集团", "Boya Holding Group");
        assertThat(text)
                .contains("博雅控股集团")
                .contains("boya holding group")
                .contains("boya")
                .contains("bo ya")
                .contains("bykg");
    }

    @Test
    void lettersAndDigitsStayWholeBetweenSyllables() {
        String text = SearchText.of("CAR-T细胞治疗联盟2027");
        assertThat(text.split(" \\| "))
                .contains("cartxibaozhiliaolianmeng2027", "car t xi bao zhi liao lian meng 2027", "cartxbzllm2027");
        // full-width letters are folded to ASCII first
        assertThat(SearchText.of("ＡＢＣ银行")).contains("abcyinhang");
        assertThat(SearchText.of("吕梁")).contains("lvliang");
    }

    @Test
    void matchesFindsByAnyFormAndEverythingWithoutAQuery() {
        assertThat(SearchText.matches("zhongguo yinhang", "中国银行", null)).isTrue();
        assertThat(SearchText.matches("ZGYH", "中国银行")).isTrue();
        assertThat(SearchText.matches("Bank of", "中国银行", "Bank of China")).isTrue();
        assertThat(SearchText.matches("yinxing", "中国银行")).isFalse();
        assertThat(SearchText.matches(null, "anything")).isTrue();
        assertThat(SearchText.matches("  ", "anything")).isTrue();
    }

    @Test
    void nullsAreSkippedAndTheResultIsLowerCase() {
        assertThat(SearchText.of(null, "Cell THERAPY", null))
                .contains("cell therapy")
                .doesNotContain("null")
                .isEqualTo(SearchText.of("Cell THERAPY").toLowerCase());
    }
}
