/**
 * Contract tests (JUnit 5 abstract classes). A storage plug-in's test extends
 * {@link org.weishi.testkit.EventStoreContract}; a vault extends
 * {@link org.weishi.testkit.PersonalDataVaultContract}.
 */
package org.weishi.testkit;
