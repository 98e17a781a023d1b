package org.newsportal.people;

/**
 * How many items credit a name in one role.
 */
record RoleCount(String name, String role, long count) {

}
