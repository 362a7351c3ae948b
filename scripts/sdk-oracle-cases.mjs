// The projects `npm run oracle:sdk` publishes: each is a real ASP.NET Core project (net10.0) whose published
// web.config becomes a golden fixture (__tests__/fixtures/sdk-oracle/<name>/). `properties` are MSBuild project
// properties; `webConfig` is the project's own web.config (none: the SDK generates one).

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

/** @type {Array<{ name: string, description: string, properties?: Record<string, string>, webConfig?: string }>} */
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
  }
]
