/// The ShegongRendering stage.
public enum ShegongRenderingModule {}
