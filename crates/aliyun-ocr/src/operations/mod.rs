//! One module per operation, with its request, response and nested types.

pub mod get_async_job_result;
pub mod recognize_bank_card;
pub mod recognize_business_license;
pub mod recognize_character;
pub mod recognize_driver_license;
pub mod recognize_driving_license;
pub mod recognize_identity_card;
pub mod recognize_license_plate;
pub mod recognize_pdf;
pub mod recognize_qr_code;
pub mod recognize_quota_invoice;
pub mod recognize_table;
pub mod recognize_taxi_invoice;
pub mod recognize_ticket_invoice;
pub mod recognize_train_ticket;
pub mod recognize_vat_invoice;
pub mod recognize_video_character;
pub mod recognize_vin_code;
