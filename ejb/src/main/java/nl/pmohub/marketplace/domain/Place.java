package nl.pmohub.marketplace.domain;

/** A Dutch place with its province and coordinates (GeoNames, CC BY 4.0). */
public record Place(int id, String name, String province, int population, double latitude, double longitude) {
}
