// Answers what the end-to-end checks ask: the deployed version, the worker's process id (a static-only redeploy
// must not restart it), environment variables (pool variables), configuration keys (JSON variables and
// web.config), and the authenticated user. E2E:CrashOnStart=true makes start-up fail, to force a rollback.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
if (app.Configuration["E2E:CrashOnStart"] == "true") throw new InvalidOperationException("broken on purpose (E2E:CrashOnStart)");

app.UseStaticFiles(); // wwwroot/version.txt: the static-only redeploy check
app.MapGet("/", () => $"e2e {app.Configuration["E2E:Version"]}");
app.MapGet("/health", () => "Healthy");
app.MapGet("/pid", () => Environment.ProcessId.ToString());
app.MapGet("/env/{name}", (string name) => Environment.GetEnvironmentVariable(name) ?? "");
app.MapGet("/config/{*key}", (string key) => app.Configuration[key.Replace('/', ':')] ?? "");
app.MapGet("/user", (HttpContext context) => context.User.Identity?.Name ?? "");
app.Run();
