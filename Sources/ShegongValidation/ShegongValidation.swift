/// The ShegongValidation stage.
public enum ShegongValidationModule {}
