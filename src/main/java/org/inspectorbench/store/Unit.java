package org.inspectorbench.store;

import java.util.List;

/**
 * A unit under inspection with its websites, new-media accounts and the inspectors assigned to
 * it (ids).
 */
public record Unit(String name, String kind, List<String> tags, List<Website> websites,
                   List<Account> accounts, List<String> inspectors) {
}
