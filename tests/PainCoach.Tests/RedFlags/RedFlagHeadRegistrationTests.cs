using Microsoft.Extensions.DependencyInjection;
using PainCoach.Faq;
using PainCoach.Language;
using PainCoach.RedFlags;
using PainCoach.RedFlags.Head;

namespace PainCoach.Tests.RedFlags;

/// <summary>
/// The red-flag head ships: the host's FAQ and SMS read the combined screen (docs/triage.md, fourth try). Reverting the
/// commit that added this file and the AddRedFlagHeadScreen line takes it out again.
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
}
