/**
 * Plug-in entry point ({@link org.weishi.spi.DistrictPlugin}), its descriptor, the context the core
 * hands it, and value types shared by every capability ({@link org.weishi.spi.Money},
 * {@link org.weishi.spi.LocalizedText}, the project and demand enumerations).
 *
 * <p><b>Stability:</b> the SPI is the contract with district teams. Interfaces grow only through
 * default methods; records gain components only in a new minor version with a compatible
 * canonical constructor kept.
 */
package org.weishi.spi;
