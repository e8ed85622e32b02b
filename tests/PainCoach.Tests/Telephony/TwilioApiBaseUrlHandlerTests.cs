using PainCoach.Telephony;

namespace PainCoach.Tests.Telephony;

public sealed class TwilioApiBaseUrlHandlerTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5055", "http://127.0.0.1:5055/2010-04-01/Accounts/AC1/Messages.json?PageSize=1")]
    [InlineData("http://127.0.0.1:5055/", "http://127.0.0.1:5055/2010-04-01/Accounts/AC1/Messages.json?PageSize=1")]
    [InlineData("https://proxy.example/twilio/", "https://proxy.example/twilio/2010-04-01/Accounts/AC1/Messages.json?PageSize=1")]
    public void Twilio_calls_move_to_the_configured_base_keeping_path_and_query(string baseUrl, string expected)
    {
        var original = new Uri("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?PageSize=1");

        Assert.Equal(new Uri(expected), TwilioApiBaseUrlHandler.Rebase(original, new Uri(baseUrl)));
    }
}
