using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PainCoach.Language;

namespace PainCoach.RedFlags.Head;

public static class RedFlagHeadServiceCollectionExtensions
{
    /// <summary>
    /// The phrase screen with the red-flag head (<see cref="HeadRedFlagScreen"/>) as <see cref="IRedFlagScreen"/>, when
    /// the head is built in. Its files are read and validated here, while the host starts: a broken head stops it
    /// (<see cref="RedFlagHead.Load"/>). Call before anything registers another <see cref="IRedFlagScreen"/>.
    /// <paramref name="modelText"/> gives the text the head reads, the one it was trained on: the FAQ's (FaqIndex.ModelText).
    /// </summary>
    public static IServiceCollection AddRedFlagHeadScreen(this IServiceCollection services, Func<IServiceProvider, Func<string, string>> modelText)
    {
        ArgumentNullException.ThrowIfNull(modelText);
        if (RedFlagHead.LoadEmbeddedIfPresent() is not { } head)
        {
            return services;
        }

        services.AddLanguage();
        services.TryAddSingleton(_ => new FreeTextRedFlagScreen());
        services.TryAddSingleton(head);
        services.TryAddSingleton<IRedFlagScreen>(sp => new HeadRedFlagScreen(sp.GetRequiredService<FreeTextRedFlagScreen>(), head, sp.GetRequiredService<SentenceEmbedder>(), modelText(sp)));
        return services;
    }
}
