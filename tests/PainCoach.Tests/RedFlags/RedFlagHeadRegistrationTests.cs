using Microsoft.Extensions.DependencyInjection;
using PainCoach.Faq;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.RedFlags.Head;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The red-flag head ships: the host's FAQ and SMS read the combined screen (docs/triage.md, fifth try), on the text the
/// FAQ embeds. Reverting the commit that added this file and the AddRedFlagHeadScreen line takes it out again.
/// </summary>
public sealed class RedFlagHeadRegistrationTests
{
    [Fact]
    public void The_host_registers_the_head_screen_for_faq_and_sms_on_the_shared_sentence_model()
    {
        var services = new ServiceCollection();
        services.AddFaq();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<HeadRedFlagScreen>(provider.GetRequiredService<IRedFlagScreen>());
        Assert.Single(services, d => d.ServiceType == typeof(SentenceEmbedder));
        Assert.Single(services, d => d.ServiceType == typeof(IRedFlagScreen));
    }

    /// <summary>Written for this test, in no corpus: the registered screen reads the FAQ's own model run, so the FAQ's alert is the screen's.</summary>
    [Theory]
    [InlineData("back pain and now i keep wetting myself without knowing")]
    [InlineData("my heel hurts in the morning")]
    public void The_faq_alert_is_the_registered_screens_alert_from_one_model_run(string question)
    {
        var services = new ServiceCollection();
        services.AddFaq();
        using var provider = services.BuildServiceProvider();
        var screen = provider.GetRequiredService<IRedFlagScreen>();

        var alert = provider.GetRequiredService<FaqService>().Ask(question).Alert;

        Assert.Equal(screen.Screen(question)?.Level, alert?.Level);
        Assert.Equal(screen.Screen(question)?.Message, alert?.Message);
    }
}
