import Hummingbird
import HummingbirdAuth
import HummingbirdTLS

/// The HTTP API of a served registry, over ``EgideService``.
public enum EgideServer {}
