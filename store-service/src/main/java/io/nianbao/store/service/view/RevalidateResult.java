package io.nianbao.store.service.view;

import java.util.List;

/** POST /api/admin/revalidate: how many stored records were republished, to which topic, which ones. */
public record RevalidateResult(int republished, String topic, List<String> documentIds) {
}
