-- A decision of the Commissioner may answer a recommendation or report of the panel.
alter table plan_decision add column recommendation_id bigint;
alter table plan_decision_aud add column recommendation_id bigint;
