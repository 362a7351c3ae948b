// The projects `npm run oracle:sdk` publishes: each is a real ASP.NET Core project (net10.0) whose published
// web.config becomes a golden fixture (__tests__/fixtures/sdk-oracle/<name>/). `properties` are MSBuild project
// properties; `webConfig` is the project's own web.config (none: the SDK generates one); `xdt` are XDT files of the
// project folder that the SDK applies at publish after its own transform (_TransformXml: web.$(Configuration).config,
// web.$(EnvironmentName).config, then $(CustomTransformFileName)), e.g. web.Release.config.

const VS_TEMPLATE = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <location path="." inheritInChildApplications="false">
    <system.webServer>
      <handlers>
        <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />
      </handlers>
      <aspNetCore processPath="%LAUNCHER_PATH%" arguments="%LAUNCHER_ARGS%" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout" />
    </system.webServer>
  </location>
</configuration>`

const WITH_SECTIONS = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Our rules: keep them. -->
  <location path="." inheritInChildApplications="false">
    <system.webServer>
      <rewrite>
        <rules>
          <rule name="Lower case" stopProcessing="true">
            <match url="[A-Z]" ignoreCase="false" />
            <action type="Redirect" url="{ToLower:{URL}}" />
          </rule>
        </rules>
      </rewrite>
      <handlers>
        <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />
      </handlers>
      <aspNetCore processPath="dotnet" arguments=".\\Oracle.dll --urls-from-config" stdoutLogEnabled="true" stdoutLogFile="D:\\Logs\\oracle">
        <environmentVariables>
          <environmentVariable name="FEATURE_FLAGS" value="a;b" />
        </environmentVariables>
      </aspNetCore>
      <security>
        <requestFiltering removeServerHeader="true" />
      </security>
    </system.webServer>
  </location>
  <system.web>
    <compilation debug="false" />
  </system.web>
</configuration>`

const ENVIRONMENT_DEVELOPMENT = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <location path="." inheritInChildApplications="false">
    <system.webServer>
      <handlers>
        <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />
      </handlers>
      <aspNetCore processPath="dotnet" arguments=".\\Oracle.dll" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout" hostingModel="inprocess">
        <environmentVariables>
          <environmentVariable name="ASPNETCORE_ENVIRONMENT" value="Development" />
          <environmentVariable name="OTHER" value="kept" />
        </environmentVariables>
      </aspNetCore>
    </system.webServer>
  </location>
</configuration>`

const OUT_OF_PROCESS = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <location path="." inheritInChildApplications="false">
    <system.webServer>
      <handlers>
        <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />
      </handlers>
      <aspNetCore processPath="dotnet" arguments=".\\Oracle.dll" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout" hostingModel="outofprocess" />
    </system.webServer>
  </location>
</configuration>`

const SUB_APPLICATION = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <location path="." inheritInChildApplications="false">
    <system.webServer>
      <handlers>
        <remove name="aspNetCore" />
        <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />
      </handlers>
      <aspNetCore processPath="dotnet" arguments=".\\Oracle.dll" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout" hostingModel="inprocess" />
    </system.webServer>
  </location>
</configuration>`

const NO_LOCATION = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.webServer>
    <handlers>
      <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />
    </handlers>
    <aspNetCore processPath="dotnet" arguments=".\\Oracle.dll" stdoutLogEnabled="false" />
  </system.webServer>
</configuration>`

const HANDLER_ONLY = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <location path="." inheritInChildApplications="false">
    <system.webServer>
      <handlers>
        <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />
      </handlers>
    </system.webServer>
  </location>
</configuration>`

const DISABLED = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.webServer>
    <handlers>
      <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified"/>
    </handlers>
    <aspNetCore processPath="%LAUNCHER_PATH%" arguments="%LAUNCHER_ARGS%" />
  </system.webServer>
</configuration>
`

// A project web.config for the XDT cases: sections to remove and change, arguments the SDK and we treat alike.
const XDT_BASE = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <location path="." inheritInChildApplications="false">
    <system.webServer>
      <rewrite>
        <rules>
          <rule name="Debug only" stopProcessing="true">
            <match url="^debug/(.*)" />
            <action type="Rewrite" url="diagnostics/{R:1}" />
          </rule>
        </rules>
      </rewrite>
      <handlers>
        <add name="aspNetCore" path="*" verb="*" modules="AspNetCoreModuleV2" resourceType="Unspecified" />
      </handlers>
      <aspNetCore processPath="dotnet" arguments=".\\Oracle.dll" stdoutLogEnabled="false" stdoutLogFile=".\\logs\\stdout" hostingModel="inprocess">
        <environmentVariables>
          <environmentVariable name="FEATURE_FLAGS" value="a;b" />
        </environmentVariables>
      </aspNetCore>
    </system.webServer>
  </location>
  <system.web>
    <compilation debug="true" />
  </system.web>
</configuration>`

const XDT_NS = 'xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform"'

// web.Release.config as a team writes it: log to a file, a header inserted, the debug rewrite rule removed.
const WEB_RELEASE = `<?xml version="1.0" encoding="utf-8"?>
<configuration ${XDT_NS}>
  <location>
    <system.webServer>
      <aspNetCore stdoutLogEnabled="true" xdt:Transform="SetAttributes(stdoutLogEnabled)" />
      <httpProtocol xdt:Transform="Insert">
        <customHeaders>
          <add name="X-Release" value="Release &amp; signed" />
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>
</configuration>
`

const WEB_RELEASE_ON_OWN = `<?xml version="1.0" encoding="utf-8"?>
<configuration ${XDT_NS}>
  <location>
    <system.webServer>
      <rewrite xdt:Transform="Remove" />
      <aspNetCore stdoutLogFile=".\\logs\\release" xdt:Transform="SetAttributes(stdoutLogFile)" />
    </system.webServer>
  </location>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
`

const WEB_STAGING = `<?xml version="1.0" encoding="utf-8"?>
<configuration ${XDT_NS}>
  <location>
    <system.webServer>
      <aspNetCore>
        <environmentVariables>
          <environmentVariable name="STAGING_ONLY" value="1" xdt:Transform="Insert" />
          <environmentVariable name="FEATURE_FLAGS" value="staging" xdt:Locator="Match(name)" xdt:Transform="SetAttributes(value)" />
        </environmentVariables>
      </aspNetCore>
    </system.webServer>
  </location>
</configuration>
`

const CUSTOM_TRANSFORM = `<?xml version="1.0" encoding="utf-8"?>
<configuration ${XDT_NS}>
  <system.web xdt:Transform="Remove" />
  <location>
    <system.webServer>
      <security xdt:Transform="InsertIfMissing">
        <requestFiltering removeServerHeader="true" />
      </security>
    </system.webServer>
  </location>
</configuration>
`

/**
 * @type {Array<{ name: string, description: string, properties?: Record<string, string>, webConfig?: string,
 *   xdt?: Record<string, string> }>}
 */
export const ORACLE_CASES = [
  { name: 'generated', description: 'no web.config: the SDK generates one (framework-dependent)' },
  {
    name: 'generated-outofprocess',
    description: 'no web.config, AspNetCoreHostingModel=OutOfProcess',
    properties: { AspNetCoreHostingModel: 'OutOfProcess' }
  },
  {
    name: 'generated-inprocess-explicit',
    description: 'no web.config, AspNetCoreHostingModel=InProcess (capitalised as in the docs)',
    properties: { AspNetCoreHostingModel: 'InProcess' }
  },
  {
    name: 'generated-self-contained-win-x64',
    description: 'no web.config, -r win-x64 --self-contained: the app runs as Oracle.exe',
    properties: { RuntimeIdentifier: 'win-x64', SelfContained: 'true' }
  },
  {
    name: 'generated-rid-framework-dependent-win-x64',
    description: 'no web.config, -r win-x64 --no-self-contained: the apphost Oracle.exe runs it (UseAppHost)',
    properties: { RuntimeIdentifier: 'win-x64', SelfContained: 'false' }
  },
  {
    name: 'generated-environment-staging',
    description: 'no web.config, EnvironmentName=Staging',
    properties: { EnvironmentName: 'Staging' }
  },
  {
    name: 'generated-module-v1-outofprocess',
    description: 'no web.config, AspNetCoreModuleName=AspNetCoreModule, OutOfProcess',
    properties: { AspNetCoreModuleName: 'AspNetCoreModule', AspNetCoreHostingModel: 'OutOfProcess' }
  },
  {
    name: 'app-name-with-dots',
    description: 'no web.config, AssemblyName=Contoso.Web.Api',
    properties: { AssemblyName: 'Contoso.Web.Api' }
  },
  {
    name: 'app-name-with-spaces',
    description: 'no web.config, AssemblyName="My Web App"',
    properties: { AssemblyName: 'My Web App' }
  },
  {
    name: 'own-vs-template',
    description: "the project's web.config as Visual Studio writes it (%LAUNCHER_PATH% %LAUNCHER_ARGS%)",
    webConfig: VS_TEMPLATE
  },
  {
    name: 'own-with-other-sections',
    description:
      'own web.config with a comment, rewrite rules, extra arguments, a variable and other sections',
    webConfig: WITH_SECTIONS
  },
  {
    name: 'own-environment-overridden',
    description: 'own web.config with ASPNETCORE_ENVIRONMENT=Development, EnvironmentName=Production',
    webConfig: ENVIRONMENT_DEVELOPMENT,
    properties: { EnvironmentName: 'Production' }
  },
  {
    name: 'own-outofprocess-no-property',
    description:
      'own web.config says outofprocess, the project sets no hosting model (the SDK default applies)',
    webConfig: OUT_OF_PROCESS
  },
  {
    name: 'own-outofprocess-property',
    description: 'own web.config says outofprocess, AspNetCoreHostingModel=OutOfProcess',
    webConfig: OUT_OF_PROCESS,
    properties: { AspNetCoreHostingModel: 'OutOfProcess' }
  },
  {
    name: 'sub-application',
    description: 'a sub-application: own web.config removes the inherited aspNetCore handler first',
    webConfig: SUB_APPLICATION
  },
  {
    name: 'own-no-location',
    description: 'own web.config without <location> and without stdoutLogFile',
    webConfig: NO_LOCATION
  },
  {
    name: 'own-handler-only',
    description: 'own web.config with the handler but no <aspNetCore>',
    webConfig: HANDLER_ONLY
  },
  {
    name: 'own-self-contained-with-arguments',
    description: 'own web.config with extra arguments, -r win-x64 --self-contained',
    webConfig: WITH_SECTIONS,
    properties: { RuntimeIdentifier: 'win-x64', SelfContained: 'true' }
  },
  {
    name: 'transform-disabled',
    description: 'IsTransformWebConfigDisabled=true: the own web.config is published as it is',
    webConfig: DISABLED,
    properties: { IsTransformWebConfigDisabled: 'true' }
  },
  {
    name: 'xdt-release-on-generated',
    description:
      'no web.config, a web.Release.config applied at publish (Configuration=Release) to the generated one',
    xdt: { 'web.Release.config': WEB_RELEASE }
  },
  {
    name: 'xdt-release-on-own',
    description:
      'own web.config and a web.Release.config that removes a section and an attribute and sets one',
    webConfig: XDT_BASE,
    xdt: { 'web.Release.config': WEB_RELEASE_ON_OWN }
  },
  {
    name: 'xdt-release-then-environment',
    description:
      'EnvironmentName=Staging: web.Release.config, then web.Staging.config (Insert, Match locator)',
    webConfig: XDT_BASE,
    properties: { EnvironmentName: 'Staging' },
    xdt: { 'web.Release.config': WEB_RELEASE_ON_OWN, 'web.Staging.config': WEB_STAGING }
  },
  {
    name: 'xdt-custom-transform',
    description:
      'CustomTransformFileName=custom.transform after web.Release.config (Remove, InsertIfMissing)',
    webConfig: XDT_BASE,
    properties: { CustomTransformFileName: 'custom.transform' },
    xdt: { 'web.Release.config': WEB_RELEASE, 'custom.transform': CUSTOM_TRANSFORM }
  }
]
