import Testing

@testable import ShegongSample
