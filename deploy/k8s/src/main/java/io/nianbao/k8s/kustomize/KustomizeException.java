package io.nianbao.k8s.kustomize;

/** A kustomization that cannot be rendered: bad input, or a Kustomize feature this renderer does not have. */
public class KustomizeException extends RuntimeException {
    public KustomizeException(String message) {
        super(message);
    }

    public KustomizeException(String message, Throwable cause) {
        super(message, cause);
    }
}
