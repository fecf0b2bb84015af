package io.nianbao.contract;

/**
 * Keys of {@link ReportRecord.StatedFigure#key}: what a sentence of the text states. The short form
 * {@link ReportRecord#narrative} uses the same keys (first occurrence).
 */
public final class FigureKeys {
    /** Applications received in the year (收到…申请N件); 0 when the text says none was received (未收到…申请). */
    public static final String APPLICATIONS_RECEIVED = "applicationsReceived";
    /** Items actively disclosed in the year (主动公开政府信息N条). */
    public static final String ACTIVE_DISCLOSED_COUNT = "activeDisclosedCount";
    /** Stated number of 行政复议 cases; 0 when the text says there was none. */
    public static final String REVIEW_COUNT = "reviewCount";
    /** Stated number of 行政诉讼 cases; 0 when the text says there was none. */
    public static final String LITIGATION_COUNT = "litigationCount";
    /** 信息处理费 collected (value in 元, 0 when 未收取); present only when the text speaks of the fee. */
    public static final String FEE_COLLECTED = "feeCollected";
    /** A stated total with an explicit breakdown in {@link ReportRecord.StatedFigure#parts}
     * (共N条，其中A条…B条…; 第一季度…第四季度…); label says what is counted. */
    public static final String BREAKDOWN = "breakdown";
    /** Any other labelled quantity (回应关切111条), for comparing two statements of one quantity. */
    public static final String QUANTITY = "quantity";

    private FigureKeys() {
    }
}
