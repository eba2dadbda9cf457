package org.scrutiny.search.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchDocuments extends JpaRepository<SearchDocument, String> {

    interface Fingerprint {
        String getKey();

        String getFingerprint();
    }

    @Query("select d.key as key, d.fingerprint as fingerprint from SearchDocument d")
    List<Fingerprint> fingerprints();
}
