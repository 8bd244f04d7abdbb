package org.tessera.model;

/** asc or desc. */
public enum SortOrder { ASC, DESC }
