package org.scrutiny.complaints.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ComplaintAttachments extends JpaRepository<ComplaintAttachment, Long> {

    List<ComplaintAttachment> findByComplaintIdOrderByIdAsc(long complaintId);

    @Modifying
    @Query("delete from ComplaintAttachment a where a.complaintId = :complaintId")
    int deleteByComplaint(long complaintId);
}
