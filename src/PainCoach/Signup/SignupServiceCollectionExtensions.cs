using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PainCoach.Signup;

public static class SignupServiceCollectionExtensions
{
    /// <summary>The clinic's side: sign-up with double opt-in, look-up and erasure.</summary>
    public static IServiceCollection AddSignup(this IServiceCollection services)
    {
        services.TryAddSingleton<SignupTexts>();
        services.TryAddSingleton<SubscriptionService>();
        return services;
    }
}
