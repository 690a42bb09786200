using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using MathForML.Preview;
using MathForML.Tests.Support;

namespace MathForML.Tests.Preview;

/// <summary>The preview's HTTP side over a real listener on 127.0.0.1 and a free port.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly FixtureCourse _course = new FixtureCourse()
        .WithLesson("01_A", 1, "# A\n\nFirst paragraph.\n")
        .WithLesson("02_B", 2, "# B\n\nSecond lesson.\n")
        .WithFile("secret.txt", "TOP-SECRET course root")
        .WithFile("input/.env", "TOP-SECRET hidden in input");
    private PreviewHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = await Previews.StartAsync(_course);
        _http = new HttpClient { BaseAddress = _host.Url };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        _course.Dispose();
    }

    [Fact]
    public async Task Pages_are_served_with_the_reload_script_which_the_built_files_do_not_contain()
    {
        var response = await _http.GetAsync("/01-a.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("First paragraph.", html);
        Assert.Contains(LiveReloadInjection.Tag, html);
        Assert.DoesNotContain("__mathforml", _course.ReadOutput("01-a.html"));

        var home = await _http.GetStringAsync("/");
        Assert.Contains(LiveReloadInjection.Tag, home);
        Assert.Contains("01-a.html", home);
    }

    [Fact]
    public async Task Assets_are_served_byte_for_byte_and_fingerprinted_ones_are_cached_for_good()
    {
        var css = Directory.GetFiles(Path.Combine(_course.Output, "assets"), "site.*.css").Single();
        var response = await _http.GetAsync("/assets/" + Path.GetFileName(css));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(css), await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_reload_script_missing_pages_and_other_methods()
    {
        var script = await _http.GetAsync(PreviewRequests.ScriptPath);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());

        var missing = await _http.GetAsync("/99-nothing.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains(LiveReloadInjection.Tag, await missing.Content.ReadAsStringAsync()); // it still listens, so it shows errors
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/assets/nothing.js")).StatusCode);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _http.PostAsync("/01-a.html", new StringContent("x"))).StatusCode);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/../input/.env")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    public async Task Nothing_outside_the_output_folder_is_served(string path)
    {
        // Raw requests: HTTP clients would clean the path before sending it.
        var (status, body) = await RawGetAsync(path);
        Assert.DoesNotContain("TOP-SECRET", body);
        Assert.DoesNotContain("root:", body);
        Assert.True(status is 400 or 404, $"{path}: HTTP {status}");
    }

    [Fact]
    public async Task Dot_segments_that_stay_inside_the_site_are_fine()
    {
        var (status, body) = await RawGetAsync("/assets/../01-a.html");
        Assert.Equal(200, status);
        Assert.Contains("First paragraph.", body);
    }

    [Fact]
    public async Task Hidden_files_in_the_output_folder_are_not_served()
    {
        await File.WriteAllTextAsync(Path.Combine(_course.Output, ".secret"), "TOP-SECRET dot file");
        var (status, body) = await RawGetAsync("/.secret");
        Assert.Equal(404, status);
        Assert.DoesNotContain("TOP-SECRET", body);
    }

    [Fact]
    public async Task It_listens_on_loopback_only()
    {
        Assert.NotEmpty(_host.Addresses);
        Assert.All(_host.Addresses, a => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(a.Host.Trim('[', ']'))), a.ToString()));
        Assert.Equal("127.0.0.1", _host.Url.Host);

        // Every other address of this machine refuses the connection.
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .ToList();
        foreach (var address in others)
        {
            using var client = new TcpClient();
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, _host.Url.Port));
        }
    }

    private async Task<(int Status, string Body)> RawGetAsync(string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _host.Url.Port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
