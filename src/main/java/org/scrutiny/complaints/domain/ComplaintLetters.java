package org.scrutiny.complaints.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ComplaintLetters extends JpaRepository<ComplaintLetter, Long> {

    List<ComplaintLetter> findByComplaintIdOrderByIdAsc(long complaintId);

    @Modifying
    @Query("delete from ComplaintLetter l where l.complaintId = :complaintId")
    int deleteByComplaint(long complaintId);
}
