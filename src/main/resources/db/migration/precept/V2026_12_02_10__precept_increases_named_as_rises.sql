-- These columns always held the rise for a Band D property, never a Band D amount.
alter table precept_year rename column revised_band_d to revised_increase;
alter table precept_year rename column final_band_d to final_increase;
alter table precept_year_aud rename column revised_band_d to revised_increase;
alter table precept_year_aud rename column final_band_d to final_increase;
