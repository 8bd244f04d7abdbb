package org.tessera.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an edition folder holds, loaded: the input of every later stage. {@code images} holds, by path,
 * the header facts of the raster images among {@code assets}.
 */
public record Edition(
        Path root,
        Site site,
        List<Programme> programmes,
        List<Page> pages,
        Map<String, Dataset> datasets,
        List<Indicator> indicators,
        List<Donor> donors,
        List<String> assets,
        Map<String, ImageAsset> images) {

    public Optional<Programme> programme(String id) {
        return programmes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Page> page(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Indicator> indicatorsOf(String programmeId) {
        return indicators.stream().filter(i -> i.programme().equals(programmeId)).toList();
    }

    public boolean hasDonors() {
        return datasets.containsKey("donors");
    }
}
