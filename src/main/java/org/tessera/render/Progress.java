package org.tessera.render;

/** How a long build tells how far it got: the stage it is in, the work done and the work there is (0 when unknown). */
@FunctionalInterface
public interface Progress {

    Progress NONE = (stage, done, total) -> { };

    void update(String stage, int done, int total);
}
