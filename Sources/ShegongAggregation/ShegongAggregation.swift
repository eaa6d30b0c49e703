/// The ShegongAggregation stage.
public enum ShegongAggregationModule {}
