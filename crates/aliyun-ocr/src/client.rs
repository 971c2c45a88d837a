//! The client: one method per operation.

use crate::operations;
/// A client for Alibaba Cloud OCR API `2019-12-30`.
///
/// Cheap to clone; clones share connections. Build one with [`Client::from_env`] or [`Client::new`].
#[derive(Clone, Debug)]
pub struct Client {
    inner: ::yun_core::aliyun::AliyunClient,
}

impl Client {
    /// A client from a configuration (region, credentials, endpoint, transport, retries).
    pub fn new(config: ::yun_core::Config) -> Self {
        Client {
            inner: ::yun_core::aliyun::AliyunClient::new(
                config,
                ::yun_core::internal::AliyunEndpoints {
                    product: "ocr",
                    regional: crate::ENDPOINTS,
                },
            ),
        }
    }

    /// A client with credentials from the vendor's default chain and the region from
    /// the environment, as the vendor's CLI and SDKs find them.
    pub async fn from_env() -> ::std::result::Result<Self, ::yun_core::Error> {
        Ok(Self::new(::yun_core::Config::aliyun_from_env().await?))
    }

    /// The raw RPC client underneath: call any action with any parameters.
    pub fn raw(&self) -> &::yun_core::aliyun::AliyunClient {
        &self.inner
    }

    /// The configuration.
    pub fn config(&self) -> &::yun_core::Config {
        self.inner.config()
    }

    /// Calls `GetAsyncJobResult` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `JobId`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/GetAsyncJobResult>
    pub fn get_async_job_result(
        &self,
        request: operations::get_async_job_result::GetAsyncJobResultRequest,
    ) -> ::yun_core::Call<'_, operations::get_async_job_result::GetAsyncJobResultResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::get_async_job_result::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeBankCard` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeBankCard>
    pub fn recognize_bank_card(
        &self,
        request: operations::recognize_bank_card::RecognizeBankCardRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_bank_card::RecognizeBankCardResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_bank_card::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeBusinessLicense` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeBusinessLicense>
    pub fn recognize_business_license(
        &self,
        request: operations::recognize_business_license::RecognizeBusinessLicenseRequest,
    ) -> ::yun_core::Call<
        '_,
        operations::recognize_business_license::RecognizeBusinessLicenseResponse,
    > {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_business_license::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeCharacter` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`, `MinHeight`, `OutputProbability`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeCharacter>
    pub fn recognize_character(
        &self,
        request: operations::recognize_character::RecognizeCharacterRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_character::RecognizeCharacterResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_character::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeDriverLicense` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeDriverLicense>
    pub fn recognize_driver_license(
        &self,
        request: operations::recognize_driver_license::RecognizeDriverLicenseRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_driver_license::RecognizeDriverLicenseResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_driver_license::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeDrivingLicense` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeDrivingLicense>
    pub fn recognize_driving_license(
        &self,
        request: operations::recognize_driving_license::RecognizeDrivingLicenseRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_driving_license::RecognizeDrivingLicenseResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_driving_license::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeIdentityCard` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeIdentityCard>
    pub fn recognize_identity_card(
        &self,
        request: operations::recognize_identity_card::RecognizeIdentityCardRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_identity_card::RecognizeIdentityCardResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_identity_card::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeLicensePlate` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeLicensePlate>
    pub fn recognize_license_plate(
        &self,
        request: operations::recognize_license_plate::RecognizeLicensePlateRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_license_plate::RecognizeLicensePlateResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_license_plate::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizePdf` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `FileURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizePdf>
    pub fn recognize_pdf(
        &self,
        request: operations::recognize_pdf::RecognizePdfRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_pdf::RecognizePdfResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_pdf::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeQrCode` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `Tasks`. Inside the objects it holds, required whenever their object is sent (checked before any I/O): `Tasks.ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeQrCode>
    pub fn recognize_qr_code(
        &self,
        request: operations::recognize_qr_code::RecognizeQrCodeRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_qr_code::RecognizeQrCodeResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_qr_code::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeQuotaInvoice` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeQuotaInvoice>
    pub fn recognize_quota_invoice(
        &self,
        request: operations::recognize_quota_invoice::RecognizeQuotaInvoiceRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_quota_invoice::RecognizeQuotaInvoiceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_quota_invoice::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeTable` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`, `OutputFormat`, `UseFinanceModel`, `AssureDirection`, `HasLine`, `SkipDetection`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTable>
    pub fn recognize_table(
        &self,
        request: operations::recognize_table::RecognizeTableRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_table::RecognizeTableResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_table::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeTaxiInvoice` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTaxiInvoice>
    pub fn recognize_taxi_invoice(
        &self,
        request: operations::recognize_taxi_invoice::RecognizeTaxiInvoiceRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_taxi_invoice::RecognizeTaxiInvoiceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_taxi_invoice::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeTicketInvoice` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTicketInvoice>
    pub fn recognize_ticket_invoice(
        &self,
        request: operations::recognize_ticket_invoice::RecognizeTicketInvoiceRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_ticket_invoice::RecognizeTicketInvoiceResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_ticket_invoice::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeTrainTicket` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTrainTicket>
    pub fn recognize_train_ticket(
        &self,
        request: operations::recognize_train_ticket::RecognizeTrainTicketRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_train_ticket::RecognizeTrainTicketResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_train_ticket::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeVATInvoice` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `FileURL`, `FileType`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeVATInvoice>
    pub fn recognize_vat_invoice(
        &self,
        request: operations::recognize_vat_invoice::RecognizeVatInvoiceRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_vat_invoice::RecognizeVatInvoiceResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_vat_invoice::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeVINCode` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `ImageURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeVINCode>
    pub fn recognize_vin_code(
        &self,
        request: operations::recognize_vin_code::RecognizeVinCodeRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_vin_code::RecognizeVinCodeResponse> {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_vin_code::OPERATION,
            &request,
        )
    }

    /// Calls `RecognizeVideoCharacter` of API version `2019-12-30`: sent as HTTP POST; the API accepts POST.
    ///
    /// Required: `VideoURL`.
    ///
    /// Read-only: retried after throttling, server faults and lost answers.
    ///
    /// Service error codes: `ParameterError` (400), `AuthFailed` (403), `Timeout` (408), `ServiceUnavailable` (503).
    ///
    /// Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeVideoCharacter>
    pub fn recognize_video_character(
        &self,
        request: operations::recognize_video_character::RecognizeVideoCharacterRequest,
    ) -> ::yun_core::Call<'_, operations::recognize_video_character::RecognizeVideoCharacterResponse>
    {
        ::yun_core::internal::aliyun_rpc_call(
            &self.inner,
            &operations::recognize_video_character::OPERATION,
            &request,
        )
    }

    /// Uploads a local file (a path) or bytes to a one-time OSS slot and returns
    /// the URL to put in a file-URL member (`ImageURL`, `FileURL`, …). See
    /// [`yun_core::upload`]; each `<operation>_from_file` method does this for you.
    pub async fn upload_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
    ) -> ::std::result::Result<::std::string::String, ::yun_core::Error> {
        self.inner.upload_file(&file.into()).await
    }

    /// Calls `RecognizeBankCard` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_bank_card_from_file("photo.jpg", RecognizeBankCardRequest::new)`.
    pub async fn recognize_bank_card_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        )
            -> operations::recognize_bank_card::RecognizeBankCardRequest,
    ) -> ::std::result::Result<
        operations::recognize_bank_card::RecognizeBankCardResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_bank_card(build(url)).await
    }

    /// Calls `RecognizeBusinessLicense` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_business_license_from_file("photo.jpg", RecognizeBusinessLicenseRequest::new)`.
    pub async fn recognize_business_license_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_business_license::RecognizeBusinessLicenseRequest,
    ) -> ::std::result::Result<
        operations::recognize_business_license::RecognizeBusinessLicenseResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_business_license(build(url)).await
    }

    /// Calls `RecognizeCharacter` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`).
    pub async fn recognize_character_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        )
            -> operations::recognize_character::RecognizeCharacterRequest,
    ) -> ::std::result::Result<
        operations::recognize_character::RecognizeCharacterResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_character(build(url)).await
    }

    /// Calls `RecognizeDriverLicense` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_driver_license_from_file("photo.jpg", RecognizeDriverLicenseRequest::new)`.
    pub async fn recognize_driver_license_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_driver_license::RecognizeDriverLicenseRequest,
    ) -> ::std::result::Result<
        operations::recognize_driver_license::RecognizeDriverLicenseResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_driver_license(build(url)).await
    }

    /// Calls `RecognizeDrivingLicense` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_driving_license_from_file("photo.jpg", RecognizeDrivingLicenseRequest::new)`.
    pub async fn recognize_driving_license_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_driving_license::RecognizeDrivingLicenseRequest,
    ) -> ::std::result::Result<
        operations::recognize_driving_license::RecognizeDrivingLicenseResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_driving_license(build(url)).await
    }

    /// Calls `RecognizeIdentityCard` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_identity_card_from_file("photo.jpg", RecognizeIdentityCardRequest::new)`.
    pub async fn recognize_identity_card_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_identity_card::RecognizeIdentityCardRequest,
    ) -> ::std::result::Result<
        operations::recognize_identity_card::RecognizeIdentityCardResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_identity_card(build(url)).await
    }

    /// Calls `RecognizeLicensePlate` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_license_plate_from_file("photo.jpg", RecognizeLicensePlateRequest::new)`.
    pub async fn recognize_license_plate_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_license_plate::RecognizeLicensePlateRequest,
    ) -> ::std::result::Result<
        operations::recognize_license_plate::RecognizeLicensePlateResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_license_plate(build(url)).await
    }

    /// Calls `RecognizePdf` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`FileURL`), e.g. `recognize_pdf_from_file("photo.jpg", RecognizePdfRequest::new)`.
    pub async fn recognize_pdf_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_pdf::RecognizePdfRequest,
    ) -> ::std::result::Result<operations::recognize_pdf::RecognizePdfResponse, ::yun_core::Error>
    {
        let url = self.upload_file(file).await?;
        self.recognize_pdf(build(url)).await
    }

    /// Calls `RecognizeQrCode` on local files: uploads each of `files`, then calls with the request `build` makes from their URLs, in the files' order (for its file-URL members `Tasks.N.ImageURL`; `N` is a list's items).
    pub async fn recognize_qr_code_from_files<
        F: ::std::convert::Into<::yun_core::upload::FileSource>,
    >(
        &self,
        files: impl ::std::iter::IntoIterator<Item = F>,
        build: impl ::std::ops::FnOnce(
            ::std::vec::Vec<::std::string::String>,
        ) -> operations::recognize_qr_code::RecognizeQrCodeRequest,
    ) -> ::std::result::Result<
        operations::recognize_qr_code::RecognizeQrCodeResponse,
        ::yun_core::Error,
    > {
        let mut urls = ::std::vec::Vec::new();
        for file in files {
            urls.push(self.upload_file(file).await?);
        }

        self.recognize_qr_code(build(urls)).await
    }

    /// Calls `RecognizeQuotaInvoice` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_quota_invoice_from_file("photo.jpg", RecognizeQuotaInvoiceRequest::new)`.
    pub async fn recognize_quota_invoice_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_quota_invoice::RecognizeQuotaInvoiceRequest,
    ) -> ::std::result::Result<
        operations::recognize_quota_invoice::RecognizeQuotaInvoiceResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_quota_invoice(build(url)).await
    }

    /// Calls `RecognizeTable` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`).
    pub async fn recognize_table_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_table::RecognizeTableRequest,
    ) -> ::std::result::Result<operations::recognize_table::RecognizeTableResponse, ::yun_core::Error>
    {
        let url = self.upload_file(file).await?;
        self.recognize_table(build(url)).await
    }

    /// Calls `RecognizeTaxiInvoice` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_taxi_invoice_from_file("photo.jpg", RecognizeTaxiInvoiceRequest::new)`.
    pub async fn recognize_taxi_invoice_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_taxi_invoice::RecognizeTaxiInvoiceRequest,
    ) -> ::std::result::Result<
        operations::recognize_taxi_invoice::RecognizeTaxiInvoiceResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_taxi_invoice(build(url)).await
    }

    /// Calls `RecognizeTicketInvoice` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_ticket_invoice_from_file("photo.jpg", RecognizeTicketInvoiceRequest::new)`.
    pub async fn recognize_ticket_invoice_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_ticket_invoice::RecognizeTicketInvoiceRequest,
    ) -> ::std::result::Result<
        operations::recognize_ticket_invoice::RecognizeTicketInvoiceResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_ticket_invoice(build(url)).await
    }

    /// Calls `RecognizeTrainTicket` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_train_ticket_from_file("photo.jpg", RecognizeTrainTicketRequest::new)`.
    pub async fn recognize_train_ticket_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_train_ticket::RecognizeTrainTicketRequest,
    ) -> ::std::result::Result<
        operations::recognize_train_ticket::RecognizeTrainTicketResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_train_ticket(build(url)).await
    }

    /// Calls `RecognizeVATInvoice` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`FileURL`).
    pub async fn recognize_vat_invoice_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        )
            -> operations::recognize_vat_invoice::RecognizeVatInvoiceRequest,
    ) -> ::std::result::Result<
        operations::recognize_vat_invoice::RecognizeVatInvoiceResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_vat_invoice(build(url)).await
    }

    /// Calls `RecognizeVINCode` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`ImageURL`), e.g. `recognize_vin_code_from_file("photo.jpg", RecognizeVinCodeRequest::new)`.
    pub async fn recognize_vin_code_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        )
            -> operations::recognize_vin_code::RecognizeVinCodeRequest,
    ) -> ::std::result::Result<
        operations::recognize_vin_code::RecognizeVinCodeResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_vin_code(build(url)).await
    }

    /// Calls `RecognizeVideoCharacter` on a local file: uploads `file` (a path, or bytes), then calls with the request `build` makes from its URL (`VideoURL`), e.g. `recognize_video_character_from_file("photo.jpg", RecognizeVideoCharacterRequest::new)`.
    pub async fn recognize_video_character_from_file(
        &self,
        file: impl ::std::convert::Into<::yun_core::upload::FileSource>,
        build: impl ::std::ops::FnOnce(
            ::std::string::String,
        ) -> operations::recognize_video_character::RecognizeVideoCharacterRequest,
    ) -> ::std::result::Result<
        operations::recognize_video_character::RecognizeVideoCharacterResponse,
        ::yun_core::Error,
    > {
        let url = self.upload_file(file).await?;
        self.recognize_video_character(build(url)).await
    }
}
