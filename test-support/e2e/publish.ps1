# Publishes test-support/e2e/SampleApp to -Output with E2E:Version set (and E2E:CrashOnStart with -Broken).
# -StaticOnly changes only a file under wwwroot of an existing publish folder (no assembly changes).
param(
  [Parameter(Mandatory)] [string] $Version,
  [string] $Output = 'publish',
  [switch] $Broken,
  [switch] $StaticOnly
)
$ErrorActionPreference = 'Stop'
if ($StaticOnly) {
  New-Item -ItemType Directory -Force (Join-Path $Output 'wwwroot') | Out-Null
  Set-Content (Join-Path $Output 'wwwroot/version.txt') $Version
  return
}
dotnet publish "$PSScriptRoot/SampleApp/SampleApp.csproj" -c Release -o $Output --nologo
if ($LASTEXITCODE -ne 0) { throw "dotnet publish failed with exit code $LASTEXITCODE" }
$settings = Join-Path $Output 'appsettings.json'
$json = if (Test-Path $settings) { Get-Content $settings -Raw | ConvertFrom-Json -AsHashtable } else { @{} }
$json['E2E'] = @{ Version = $Version; CrashOnStart = [string]$Broken.IsPresent.ToString().ToLower(); Greeting = 'from the package' }
$json | ConvertTo-Json -Depth 10 | Set-Content $settings
New-Item -ItemType Directory -Force (Join-Path $Output 'wwwroot') | Out-Null
Set-Content (Join-Path $Output 'wwwroot/version.txt') $Version
