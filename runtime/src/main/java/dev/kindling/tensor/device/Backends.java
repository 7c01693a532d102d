package dev.kindling.tensor.device;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The device backends this build carries, by device type, each loaded on first use. A backend
 * whose library fails to load counts as absent, so asking for its device gives PyTorch's error
 * for a build without it.
 */
public final class Backends {
    private static final Map<String, Optional<DeviceBackend>> LOADED = new ConcurrentHashMap<>();

    private Backends() {}

    /** The backend for device {@code type}, or empty when this build or machine has none. */
    public static Optional<DeviceBackend> of(String type) {
        return LOADED.computeIfAbsent(type, Backends::load);
    }

    private static Optional<DeviceBackend> load(String type) {
        try {
            for (DeviceBackend backend : ServiceLoader.load(DeviceBackend.class, Backends.class.getClassLoader())) {
                if (backend.type().equals(type)) {
                    return Optional.of(backend);
                }
            }
        } catch (java.util.ServiceConfigurationError | LinkageError e) {
            return Optional.empty(); // the backend's library does not load here
        }
        return Optional.empty();
    }

    /** How many devices of {@code type} there are: 0 without a backend. */
    public static int deviceCount(String type) {
        return of(type).map(DeviceBackend::deviceCount).orElse(0);
    }
}
