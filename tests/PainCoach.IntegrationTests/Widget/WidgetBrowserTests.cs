using System.Diagnostics;
using System.Text;
using PainCoach.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace PainCoach.IntegrationTests.Widget;

/// <summary>
/// Runs the widget's browser tests (tests/browser/widget.test.mjs: headless Debian Chromium, puppeteer-core and
/// axe-core from the pinned package-lock) against a DevServer this test owns, and fails with their report when any
/// fails. Screenshots of each state go to artifacts/browser/; the README's goes to docs/widget-demo.png.
/// </summary>
[Collection(DevServerCollection.Name)]
public sealed class WidgetBrowserTests(DevServerFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_widget_works_in_headless_Chromium_by_keyboard_under_a_strict_CSP_with_no_WCAG_violations()
    {
        var chromium = ChromiumPath();
        var hostPagePort = FreePort.Next();
        await using var server = await WidgetServer.StartAsync(fixture, $"http://127.0.0.1:{hostPagePort}");

        var root = RepoPaths.RepoRoot;
        var node = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--test", "--test-reporter=spec", Path.Combine("tests", "browser", "widget.test.mjs") })
        {
            node.ArgumentList.Add(argument);
        }

        node.Environment["PAINCOACH_APP_URL"] = server.BaseAddress.ToString();
        node.Environment["PAINCOACH_HOST_PAGE_PORT"] = $"{hostPagePort}";
        node.Environment["PAINCOACH_CHROMIUM"] = chromium;
        node.Environment["PAINCOACH_SCREENSHOTS"] = Path.Combine(root, "artifacts", "browser");
        node.Environment["PAINCOACH_DOCS_SCREENSHOT"] = Path.Combine(root, "docs", "widget-demo.png");

        var report = new StringBuilder();
        using var process = Process.Start(node) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, e) => Append(report, e.Data);
        process.ErrorDataReceived += (_, e) => Append(report, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"The browser tests did not finish within {Deadline.TotalMinutes:0} minutes:\n{Text(report)}");
        }

        // Let the asynchronous readers drain what is left.
        process.WaitForExit();
        output.WriteLine(Text(report));
        Assert.True(process.ExitCode == 0, $"The browser tests failed (exit code {process.ExitCode}):\n{Text(report)}");
        Assert.Contains("ℹ fail 0", Text(report), StringComparison.Ordinal);
        Assert.DoesNotContain("ℹ pass 0", Text(report), StringComparison.Ordinal);
        Assert.DoesNotContain("ℹ skipped 1", Text(report), StringComparison.Ordinal);
    }

    /// <summary>The Debian package's browser; without it the test fails and says how to install it (CI installs it).</summary>
    private static string ChromiumPath()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("PAINCOACH_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" };
        return candidates.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p) && File.Exists(p))
            ?? throw new InvalidOperationException(
                "Chromium is not installed, so the widget's browser tests cannot run. Install it with "
                + "`sudo apt-get update && sudo apt-get install -y chromium` (.ci/run does this on CI), or set PAINCOACH_CHROMIUM to a Chromium binary.");
    }

    private static void Append(StringBuilder report, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (report)
        {
            report.AppendLine(line);
        }
    }

    private static string Text(StringBuilder report)
    {
        lock (report)
        {
            return report.ToString();
        }
    }
}
