using PainCoach.Telephony;

namespace PainCoach.Tests.Telephony;

public sealed class PhoneNumberReaderTests
{
    [Theory]
    [InlineData("+13125550123", "+13125550123")]
    [InlineData("(312) 555-0123", "+13125550123")]
    [InlineData("312.555.0123", "+13125550123")]
    [InlineData("1 312 555 0123", "+13125550123")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    public void Numbers_become_e164_reading_national_forms_in_the_default_region(string input, string expected) =>
        Assert.Equal(expected, PhoneNumberReader.TryRead(input, "US")?.Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("+1")]
    [InlineData("123")]
    [InlineData("+1 000 000 0000")]
    [InlineData("whatsapp:+13125550123x")]
    public void Non_numbers_are_refused(string? input) => Assert.Null(PhoneNumberReader.TryRead(input, "US"));

    [Fact]
    public void National_forms_follow_the_configured_region() =>
        Assert.Equal("+442079460958", PhoneNumberReader.TryRead("020 7946 0958", "GB")?.Value);

    [Theory]
    [InlineData("+13125550123", "America/Chicago")]
    [InlineData("+12125550123", "America/New_York")]
    [InlineData("+14155550123", "America/Los_Angeles")]
    [InlineData("+18005550123", null)]
    public void The_zone_is_inferred_only_when_the_number_maps_to_one(string number, string? zone) =>
        Assert.Equal(zone, PhoneNumberReader.InferTimeZone(PhoneNumberReader.TryRead(number, "US")!));

    [Theory]
    [InlineData("+13125550123", "+1******0123")]
    [InlineData("+442079460958", "+44******0958")]
    public void Masks_keep_the_country_code_and_last_four(string number, string masked) =>
        Assert.Equal(masked, PhoneNumberReader.TryRead(number, "US")!.Masked);

    [Theory]
    [InlineData("+13125550123", "+1******0123")]
    [InlineData("garbage", "***")]
    [InlineData(null, "(none)")]
    public void Masking_any_string_never_shows_a_whole_number(string? input, string expected) =>
        Assert.Equal(expected, PhoneMask.Mask(input, input is null ? null : 1));
}
