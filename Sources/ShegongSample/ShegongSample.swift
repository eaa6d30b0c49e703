/// The ShegongSample stage.
public enum ShegongSampleModule {}
