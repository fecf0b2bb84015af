package io.nianbao.ingest.support;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/** The API key of the test profile ({@code %test.nianbao.security.api-keys} in application.properties). */
public final class Auth {
    public static final String KEY = "test-writer-key";
    public static final String HEADER = "X-API-Key";

    private Auth() {
    }

    /** Every RestAssured request of the calling test sends the key (a test of refusals resets it with {@link #none()}). */
    public static void withKey() {
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader(HEADER, KEY).build();
    }

    public static void none() {
        RestAssured.requestSpecification = null;
    }
}
