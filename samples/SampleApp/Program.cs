// The sample ASP.NET Core app deployed by `npm run demo` and the tests (samples/README.md).
// Endpoints: /health, /version, /greeting (a setting of appsettings.json), /env/{name}, and wwwroot/ files.
using System.Reflection;

var builder = WebApplication.CreateBuilder(args);

// The rollback scenario needs a version that cannot start: with Sample:FailOnStart=true (appsettings.json or the
// environment variable Sample__FailOnStart) the app throws before it listens, as a real app with a broken
// configuration does; behind IIS that is ANCM's "HTTP Error 500.30 - ASP.NET Core app failed to start".
if (builder.Configuration.GetValue<bool>("Sample:FailOnStart"))
{
    throw new InvalidOperationException(
        "SampleApp refuses to start: Sample:FailOnStart is true (set it to false in appsettings.json).");
}

var app = builder.Build();

var version =
    typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
    ?? "0.0.0";
var healthStatus = builder.Configuration.GetValue("Sample:HealthStatus", StatusCodes.Status200OK);
var healthBody = builder.Configuration.GetValue("Sample:HealthBody", "Healthy");

app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGet("/health", () => Results.Text(healthBody, statusCode: healthStatus));
app.MapGet("/version", () => Results.Text(version));
app.MapGet("/greeting", (IConfiguration config) => Results.Text(config["Greeting"] ?? ""));
app.MapGet("/env/{name}", (string name) =>
    Environment.GetEnvironmentVariable(name) is { } value
        ? Results.Text(value)
        : Results.Text($"{name} is not set", statusCode: StatusCodes.Status404NotFound));

app.Run();
