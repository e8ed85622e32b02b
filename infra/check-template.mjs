// Asserts that the compiled ARM template (infra/bicep.sh output) holds the resources, roles and settings the
// deployment relies on. Usage: node infra/check-template.mjs path/to/main.json
import { readFileSync } from 'node:fs';

const template = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const text = JSON.stringify(template);
const failures = [];
const expect = (condition, what) => { if (!condition) failures.push(what); };

const resourceTypes = new Set();
const collect = (node) => {
  if (Array.isArray(node)) { node.forEach(collect); return; }
  if (node && typeof node === 'object') {
    if (typeof node.type === 'string' && node.type.includes('/')) resourceTypes.add(node.type);
    Object.values(node).forEach(collect);
  }
};
collect(template);

for (const type of [
  'Microsoft.Resources/resourceGroups', 'Microsoft.ManagedIdentity/userAssignedIdentities', 'Microsoft.Storage/storageAccounts',
  'Microsoft.Storage/storageAccounts/blobServices/containers', 'Microsoft.OperationalInsights/workspaces', 'Microsoft.Insights/components',
  'Microsoft.KeyVault/vaults', 'Microsoft.KeyVault/vaults/secrets', 'Microsoft.Web/serverfarms', 'Microsoft.Web/sites',
  'Microsoft.Web/sites/config', 'Microsoft.Authorization/roleAssignments',
]) expect(resourceTypes.has(type), `resource ${type}`);

const roles = {
  'Storage Blob Data Owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  'Storage Table Data Contributor': '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3',
  'Key Vault Secrets User': '4633458b-17de-408a-b874-0445c86b69e6',
  'Monitoring Metrics Publisher': '3913510d-42f4-4e42-8a64-420c390055eb',
};
for (const [name, id] of Object.entries(roles)) expect(text.includes(id), `role ${name}`);

for (const setting of [
  'AzureWebJobsStorage__blobServiceUri', 'AzureWebJobsStorage__tableServiceUri', 'AzureWebJobsStorage__queueServiceUri',
  'AzureWebJobsStorage__credential', 'AzureWebJobsStorage__clientId', 'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', 'REMINDER_SCHEDULE', 'Twilio__AccountSid', 'Twilio__AuthToken', 'Twilio__FromNumber',
  'Twilio__MessagingServiceSid', 'Twilio__WebhookBaseUrl', 'PainCoach__ProgramName', 'PainCoach__SupportContact',
  'PainCoach__Sms__SubscriberKeySecret', 'PainCoach__Clinic__Name', 'PainCoach__Clinic__Phone', 'PainCoach__Clinic__BookingUrl',
  'PainCoach__Clinic__EmergencyNumber', 'PainCoach__Widget__AllowedOrigins',
]) expect(text.includes(`'${setting}'`) || text.includes(`"${setting}"`), `app setting ${setting}`);

// The functions answer CORS for the widget; a platform CORS list would answer before them.
expect(!/"cors"\s*:/.test(text), 'no platform CORS on the function app');
expect(/"allowSharedKeyAccess":\s*false/.test(text), 'storage without shared keys');
expect(/"DisableLocalAuth":\s*true/.test(text), 'Application Insights without local auth');
expect(/"enableRbacAuthorization":\s*true/.test(text), 'Key Vault in RBAC mode');
expect(text.includes('FlexConsumption') && text.includes('FC1'), 'Flex Consumption plan');
expect(text.includes('dotnet-isolated') && (text.includes("'10.0'") || text.includes('"10.0"')), 'dotnet-isolated 10.0 runtime');
expect(text.includes('@Microsoft.KeyVault(SecretUri='), 'Key Vault references for secrets');
expect(text.includes('azd-service-name') && text.includes('azd-env-name'), 'azd tags');
for (const secret of ['Twilio__AuthToken', 'PainCoach__Sms__SubscriberKeySecret']) {
  expect(text.includes(`'${secret}', format('@Microsoft.KeyVault(SecretUri=`), `${secret} only as a Key Vault reference`);
}

if (failures.length) {
  console.error(`infra: the compiled template lacks: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`infra: template holds ${resourceTypes.size} resource types, the roles, the app settings and Key Vault references.`);
