package org.tessera.model;

import java.util.List;

/** How readers reach the publisher; shown in the footer and on back covers. */
public record Contact(String address, String email, List<String> websites) {

    public static final Contact NONE = new Contact("", "", List.of());

    public boolean isEmpty() {
        return address.isEmpty() && email.isEmpty() && websites.isEmpty();
    }
}
