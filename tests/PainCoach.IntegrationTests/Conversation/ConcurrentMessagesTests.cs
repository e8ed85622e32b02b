using System.Net;
using PainCoach.IntegrationTests.Infrastructure;
using static PainCoach.IntegrationTests.Infrastructure.TwilioWebhookClient;

namespace PainCoach.IntegrationTests.Conversation;

/// <summary>Issue 15, item 8: a burst from one phone loses races on one record; the losers retry, none answers 503.</summary>
[Collection(DevServerCollection.Name)]
public sealed class ConcurrentMessagesTests(DevServerFixture fixture)
{
    [Fact]
    public async Task Thirty_concurrent_messages_from_one_number_are_all_answered_and_all_take_effect()
    {
        const int rounds = 4, burst = 30;
        var answers = new List<HttpStatusCode>();
        var lostUpdates = 0;
        for (var round = 0; round < rounds; round++)
        {
            var phone = TestPhones.Next();
            await TextAsync(fixture.Client, phone, "JOIN HEEL");

            answers.AddRange((await Task.WhenAll(Enumerable.Range(0, burst).Select(i => TextAsync(fixture.Client, phone, $"PAIN {i % 11}")))).Select(a => a.Status));

            lostUpdates += burst - (await SubscriberLookup.LoadAsync(fixture.Server.Services, phone))!.PainLog.Count;
        }

        Assert.True(answers.All(a => a == HttpStatusCode.OK), $"{answers.Count(a => a != HttpStatusCode.OK)} of {answers.Count} answers were not 200");
        Assert.Equal(0, lostUpdates);
    }
}
